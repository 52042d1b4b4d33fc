# kubetutor: --nodes 2
kubectl create deployment web --image=nginx --replicas=2 --port=80
kubectl expose deployment web --name=web-clusterip --port=80
kubectl expose deployment web --name=web-nodeport --type=NodePort --port=80
kubectl create service nodeport web-fixed --tcp=80:80 --node-port=30008
kubectl create service loadbalancer web-lb --tcp=80:80
kubectl create service clusterip web-headless --clusterip=None --tcp=80:80
kubectl create service externalname my-db --external-name=db.example.com
kubectl get svc
kubectl get svc
kubectl get svc -o wide
kubectl describe svc web-clusterip
kubectl describe svc web-nodeport
kubectl describe svc web-lb
kubectl describe svc web-headless
kubectl describe svc my-db
kubectl get svc web-nodeport -o yaml
kubectl get svc web-lb -o yaml
kubectl get svc my-db -o yaml
kubectl get svc web-headless -o json
